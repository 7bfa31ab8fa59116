// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QStatusBar;
class QWidget;

namespace localrig::ui {

class CatalogSource;

// File ▸ Import Catalog… and Export Catalog…: ask for the file, run the import or export through the
// CatalogSource, and say what happened (a warning on failure; what was imported in the status bar).
class CatalogFileDialogs final
{
public:
    static void importCatalog(CatalogSource& source, QWidget* parent, QStatusBar* status);
    static void exportCatalog(CatalogSource& source, QWidget* parent);
};

} // namespace localrig::ui
