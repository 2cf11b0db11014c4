# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
found = None
for w in ["x", "yy", "zzz", "w"]:
    if len(w) == 3:
        found = w
        break
print("found", found)
count = 0
for c in "a,b,,c":
    if c == ",":
        continue
    count += 1
print("letters", count)
