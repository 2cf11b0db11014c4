with open("t.txt", "w") as f:
    print(f.write("line one\n"), f.closed)
    f.writelines(["two\n", "three"])
print(f.closed)
with open("t.txt") as f:
    print(f.readline(), end="")
    print(f.read())
for i, line in enumerate(open("t.txt")):
    print(i, repr(line))
print(open("t.txt").readlines())
with open("t.txt", "a") as f:
    f.write("\nfour")
print(open("t.txt").read().split("\n"))
with open("b.bin", "wb") as f:
    f.write(b"\x00\x01abc")
print(open("b.bin", "rb").read())
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e)
g = open("t.txt", "w"); g.write("unflushed"); del g
print(open("t.txt").read())
