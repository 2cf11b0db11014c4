import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter()).__name__)
print(type(time.monotonic()).__name__, type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__)
start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(0.015 < elapsed < 1.0)
print(time.time() > 1_600_000_000, time.monotonic() <= time.monotonic())
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = time.gmtime(1_700_000_000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p", t))
print(time.asctime(time.gmtime(0)), time.mktime(time.gmtime(86400)))
