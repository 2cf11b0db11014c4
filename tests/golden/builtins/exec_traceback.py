# An error raised in a function defined by exec(): the traceback shows the
# "<string>" frames (without source lines) between the real ones
src = """
def helper(n):
    return [1, 2][n]

def run():
    return helper(5)
"""
ns = {}
exec(src, ns)
print("defined", sorted(k for k in ns if k != "__builtins__"))
ns["run"]()
