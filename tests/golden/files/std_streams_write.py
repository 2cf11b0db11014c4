# sys.stdout.write / sys.stderr.write return the number of characters.
import sys
n = sys.stdout.write('héllo\n')
print(n)
print(sys.stderr.write('to stderr\n'))
print(sys.stdout.flush(), sys.stderr.flush())
try:
    sys.stdout.write(3)
except TypeError as e:
    print('TypeError:', e)
