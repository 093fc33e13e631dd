"""Repositories: all SQL for the domain tables.

``base`` holds a small generic table repository (insert/update/get/delete with the common
id/timestamp/author columns); ``cases`` the table specs and the case-specific queries
(paged dossier list, Vandaag, timeline, agenda). Rows go in and out as plain dicts keyed
by column name; the domain layer (``desktop.cases``) converts them to dataclasses.
"""
