// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogTableView.h"

#include <QHeaderView>

namespace localrig::ui {

CatalogTableView::CatalogTableView(const QString& objectName, QWidget* parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void CatalogTableView::setStretchColumn(int column)
{
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

} // namespace localrig::ui
