// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace localrig::ui {

// A read-only catalog table: whole rows selected one at a time, no row numbers, figures at their full
// width and one column (`stretchColumn`) taking the rest.
class CatalogTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableView)

public:
    CatalogTableView(const QString& objectName, QWidget* parent);

    void setStretchColumn(int column);
};

} // namespace localrig::ui
