import os

os.mkdir("work")
print(os.path.isdir("work"), os.path.isfile("work"), os.path.exists("work"), os.listdir("work"))
os.makedirs("work/a/b", exist_ok=True)
os.makedirs("work/a/b", exist_ok=True)
os.mkdir("work/c")
print(sorted(os.listdir("work")), os.listdir("work/a"))
os.rename("work/c", "work/d")
print(sorted(os.listdir("work")))
print(sorted(d for d, _, _ in os.walk("work")))
for d in ["work/a/b", "work/a", "work/d", "work"]:
    os.rmdir(d)
print(os.path.exists("work"), os.path.exists(__file__), os.path.isfile(__file__), os.path.getsize(__file__) > 100)
print(sorted(os.listdir(".")) == sorted(os.listdir()))
