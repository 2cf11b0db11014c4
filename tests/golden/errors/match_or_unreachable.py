match 1:
    case (1 | x | 2):
        pass
