match = 1
case = 2
print(match, case)
def match(x):
    return x * 2
print(match(3))
match = [1, 2]
match[0] = 5
print(match)
match: int = 4
print(match)
case = {"case": 1}
print(case["case"])
match (2):
    case 2:
        print("parenthesized subject")
