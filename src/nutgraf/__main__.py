from nutgraf.cli import main

main()
