-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10 is reserved for a change developed in parallel (the issue-18 training branch numbers its own
-- migration 0010). This step does nothing but keep the numbering whole; when the real 0010 is merged it
-- replaces this file.

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 10;
