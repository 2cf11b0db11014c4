from _time import time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns
from _time import process_time, process_time_ns, sleep

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_FIELD_INDEX = {}
for _i in range(9):
    _FIELD_INDEX[_FIELDS[_i]] = _i
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time:
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone="UTC", gmtoff=0):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self._values = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else zone
        self.tm_gmtoff = seq[10] if len(seq) > 10 else gmtoff

    def __getattr__(self, name):
        if name in _FIELD_INDEX:
            return self._values[_FIELD_INDEX[name]]
        raise AttributeError("'time.struct_time' object has no attribute '" + name + "'")

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        parts = []
        for i in range(9):
            parts.append(_FIELDS[i] + "=" + repr(self._values[i]))
        return "time.struct_time(" + ", ".join(parts) + ")"


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _civil(days):
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    return y, m, d


def _days_from_civil(y, m, d):
    y -= 1 if m <= 2 else 0
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


def gmtime(secs=None, _zone="GMT"):
    if secs is None:
        secs = time()
    secs = int(secs // 1)
    days = secs // 86400
    rem = secs - days * 86400
    y, m, d = _civil(days)
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, wday, _yday(y, m, d), 0), _zone, 0)


def localtime(secs=None):
    return gmtime(secs, "UTC")


def mktime(t):
    t = tuple(t)
    return float(_days_from_civil(t[0], t[1], t[2]) * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _week_number(t, first):
    wday = (t[6] + 1) % 7 if first == 0 else t[6]
    return (t[7] + 6 - wday) // 7


def _directive(c, t):
    if c == "Y": return str(t[0])
    if c == "m": return "%02d" % t[1]
    if c == "d": return "%02d" % t[2]
    if c == "e": return "%2d" % t[2]
    if c == "H": return "%02d" % t[3]
    if c == "M": return "%02d" % t[4]
    if c == "S": return "%02d" % t[5]
    if c == "y": return "%02d" % (t[0] % 100)
    if c == "I": return "%02d" % ((t[3] + 11) % 12 + 1)
    if c == "p": return "AM" if t[3] < 12 else "PM"
    if c == "a": return _DAYS[t[6]][:3]
    if c == "A": return _DAYS[t[6]]
    if c == "b" or c == "h": return _MONTHS[t[1] - 1][:3]
    if c == "B": return _MONTHS[t[1] - 1]
    if c == "j": return "%03d" % t[7]
    if c == "w": return str((t[6] + 1) % 7)
    if c == "u": return str(t[6] + 1)
    if c == "U": return "%02d" % _week_number(t, 0)
    if c == "W": return "%02d" % _week_number(t, 1)
    if c == "Z": return getattr(t, "tm_zone", "UTC") if isinstance(t, struct_time) else "UTC"
    if c == "z": return "+0000"
    if c == "c": return asctime(t)
    if c == "x": return _directive("m", t) + "/" + _directive("d", t) + "/" + _directive("y", t)
    if c == "X": return _directive("H", t) + ":" + _directive("M", t) + ":" + _directive("S", t)
    if c == "D": return _directive("x", t)
    if c == "T": return _directive("X", t)
    if c == "R": return _directive("H", t) + ":" + _directive("M", t)
    if c == "F": return _directive("Y", t) + "-" + _directive("m", t) + "-" + _directive("d", t)
    if c == "%": return "%"
    return "%" + c


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    if t is None:
        t = localtime()
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            out.append(_directive(format[i + 1], t))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
