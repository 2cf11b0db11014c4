import statistics
from statistics import (mean, median, median_low, median_high, median_grouped, mode, multimode,
                        stdev, variance, pstdev, pvariance, fmean, StatisticsError, harmonic_mean,
                        geometric_mean)
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1, 0.2, 0.3, 0.4],
    [1e50, 1, -1e50, 3, 2.5],
    [3, 1.5, 2, 7.25, 9, 0.1],
    [F(1, 6), F(1, 2), F(5, 3)],
    [F(1, 3), 2, F(7, 5), 3],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [10, 10, 10, 10],
    [-5, 2, 17, 0, -3, 8, 11, 6],
    [0.7, 0.7, 0.7, 0.7000000000000001],
    [123456789.123, 123456789.456, 123456789.789],
    list(range(100)),
    [x / 7 for x in range(1, 30)],
    [True, False, True, True],
]
for d in datasets:
    print(d[:6])
    print(" mean", repr(mean(d)), repr(fmean(d)), repr(median(d)), repr(median_low(d)), repr(median_high(d)))
    print(" var ", repr(variance(d)), repr(pvariance(d)))
    print(" std ", repr(stdev(d)), repr(pstdev(d)))
    print(" mode", repr(mode(d)), multimode(d), repr(median_grouped(d)))
print(mean(iter([1, 2, 3])), variance(iter([1.0, 2.0, 4.0])), stdev(x for x in [2, 4, 4, 4, 5, 5, 7, 9]))
print(pstdev([2, 4, 4, 4, 5, 5, 7, 9]), pvariance([2, 4, 4, 4, 5, 5, 7, 9]), type(pvariance([1, 3])).__name__)
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], 2.5), stdev([1.0, 2.0, 3.0], 2), pstdev([1, 2, 3], F(2)))
print(mode("abracadabra"), multimode("aabbbbccddddeeffffgg"), multimode(""), mode([(1, 2), (1, 2), (3,)]))
print(mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode([1, 1, 2, 2]))
print(median([5, 3, 1]), median([1, 3, 5, 7]), median([F(1, 2), F(3, 2)]), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([0, 5]))
print(round(geometric_mean([54, 24, 36]), 9), fmean([3.5, 4.0, 5.25], weights=[0.7, 0.3, 1.0]))
for fn, arg in [(mean, []), (median, []), (median_low, []), (median_high, []), (mode, []),
                (variance, [1]), (stdev, [1]), (pvariance, []), (pstdev, []), (fmean, []),
                (harmonic_mean, [-1, 2]), (harmonic_mean, []), (geometric_mean, [])]:
    try:
        fn(arg)
    except StatisticsError as e:
        print(fn.__name__, type(e).__name__, e, isinstance(e, ValueError))
try:
    mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
print(issubclass(StatisticsError, ValueError), statistics.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
