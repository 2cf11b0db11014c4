__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _substitute(self, mapping, safe):
        out = []
        s = self.template
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != "$" or i + 1 >= n:
                if c == "$" and not safe:
                    raise ValueError("Invalid placeholder in string: line 1, col " + str(i + 1))
                out.append(c)
                i += 1
                continue
            nxt = s[i + 1]
            if nxt == "$":
                out.append("$")
                i += 2
                continue
            braced = nxt == "{"
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (s[k] == "_" or s[k].isalnum()) and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != "}")):
                if safe:
                    out.append("$")
                    i += 1
                    continue
                raise ValueError("Invalid placeholder in string: line 1, col " + str(i + 1))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        return self._substitute(mapping, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
