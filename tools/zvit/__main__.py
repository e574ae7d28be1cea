from zvit.cli import main

raise SystemExit(main())
