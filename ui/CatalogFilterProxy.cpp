// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogFilterProxy.h"

#include "CatalogTableModel.h"

#include <algorithm>

namespace localrig::ui {

CatalogFilterProxy::CatalogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogTableModel::SortRole);
}

CatalogFilterProxy::~CatalogFilterProxy() = default;

void CatalogFilterProxy::setSearchText(const QString& text)
{
    setFilterValue(m_search, text.trimmed());
}

bool CatalogFilterProxy::matchesSearch(std::initializer_list<QString> fields) const
{
    return m_search.isEmpty() || std::any_of(fields.begin(), fields.end(), [this](const QString& text) {
               return text.contains(m_search, Qt::CaseInsensitive);
           });
}

bool CatalogFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Figures no source publishes sort after every published one.
    if (!a.isValid() || !b.isValid()) {
        return a.isValid() && !b.isValid();
    }
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString) {
        return a.toString().localeAwareCompare(b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

} // namespace localrig::ui
