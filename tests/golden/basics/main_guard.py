# The main module is called __main__.
def main():
    print("main called")

print(__name__)
if __name__ == "__main__":
    main()
