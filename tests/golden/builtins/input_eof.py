# input() at end of input: the prompt is written, then EOFError
print("before")
name = input("name? ")
print("never", name)
