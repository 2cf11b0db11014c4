# The parts of sys that are Python objects in CPython: version_info (a
# named tuple) and implementation (a types.SimpleNamespace).

class _VersionInfo:
    _fields = ("major", "minor", "micro", "releaselevel", "serial")

    def __init__(self, *values):
        self._t = values
        self.major, self.minor, self.micro, self.releaselevel, self.serial = values

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == (other._t if isinstance(other, _VersionInfo) else other)

    def __lt__(self, other):
        return self._t < tuple(other)

    def __le__(self, other):
        return self._t <= tuple(other)

    def __gt__(self, other):
        return self._t > tuple(other)

    def __ge__(self, other):
        return self._t >= tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (f, v) for f, v in zip(self._fields, self._t))
        return "sys.version_info(%s)" % parts


class _Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in self.__dict__.items())
        return "namespace(%s)" % items

    def __eq__(self, other):
        return isinstance(other, _Namespace) and self.__dict__ == other.__dict__


version_info = _VersionInfo(3, 11, 7, "final", 0)
implementation = _Namespace(name="ouro", cache_tag="ouro-311", version=version_info,
                            hexversion=0x30B07F0, _multiarch="x86_64-linux-gnu")
hexversion = 0x30B07F0
del _VersionInfo, _Namespace
