"""The Identity Server: applications, users, organizations, API keys, collaborators."""
