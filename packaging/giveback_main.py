"""Entry point of the frozen Giveback bundle (see packaging/giveback.spec)."""

from crm_desktop.cli.main import main

raise SystemExit(main())
