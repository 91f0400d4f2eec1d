"""The web dashboard: server-rendered pages for monitors and operators, with no external assets."""
