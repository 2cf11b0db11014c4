print("before")
print(undefined_name)
print("never")
