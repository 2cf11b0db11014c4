import os.path

print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.split("/a/b/c.txt"), os.path.split("a"), os.path.split("/"), os.path.split("//a//b//"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x."))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.dirname("a"), os.path.dirname("/"))
print(os.path.normpath("a//b/../c/./d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("//a"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonprefix([]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.abspath("/a/../b/./c"))
try:
    os.path.join("a", 1)
except TypeError as e:
    print(e)
