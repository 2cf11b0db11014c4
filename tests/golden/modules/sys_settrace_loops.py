# Line events of loops: each backward jump is a line event.
import sys
events = []
def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer
def f():
    a = [i * 2 for i in range(3)]
    x = 0
    while x < 2:
        x += 1
    for j in range(2):
        pass
    return a
sys.settrace(tracer)
f()
sys.settrace(None)
for e in events: print(e)
