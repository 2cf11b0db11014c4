# methods return the same str object where CPython does
s = "text"
print(s.strip() is s, s.rstrip("x") is s, s.replace("z", "y") is s, s.ljust(2) is s, s.rjust(4) is s)
print(s.zfill(1) is s, s.expandtabs() is s, s.removeprefix("q") is s, s.removesuffix("q") is s)
print(s.partition("z")[0] is s, s.rpartition("z")[2] is s, s.split()[0] is s, str(s) is s, s.join([]) == "")
print(s.upper() is s, s.lower() == s, s[:] is s, s.format() == s)
