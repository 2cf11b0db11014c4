# Searching in strings: startswith, endswith, find, count, index, isdigit, isalpha.
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith("lo"))
print("hello".find("l"), "hello".find("z"), "hello".rfind("l"))
print("hello".count("l"), "hello".index("o"))
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "ab1".isalpha(), "  ".isspace())
