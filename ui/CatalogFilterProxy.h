// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <initializer_list>
#include <utility>

namespace localrig::ui {

// What every catalog filter shares: a search text matched against a row's names, filters that refilter
// when they change, and sorting on CatalogTableModel::SortRole with missing figures last.
class CatalogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterProxy)

public:
    ~CatalogFilterProxy() override;

    void setSearchText(const QString& text);

protected:
    explicit CatalogFilterProxy(QObject* parent);

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const final;

    // True when no search text is set or one of `fields` contains it (case-insensitive).
    bool matchesSearch(std::initializer_list<QString> fields) const;
    template <typename T>
    void setFilterValue(T& filter, T value)
    {
        filter = std::move(value);
        invalidateFilter();
    }

private:
    QString m_search;
};

} // namespace localrig::ui
