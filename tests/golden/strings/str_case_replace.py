# str.replace and the case methods.
print("banana".replace("an", "AN"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("MiXeD".upper(), "MiXeD".lower())
print("hello world".title(), "abc def".capitalize(), "AbC".swapcase())
