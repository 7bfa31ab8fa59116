// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace localrig::ui {

// The plumbing every catalog table shares (Hotspot's models share theirs the same way): row and column
// counts, the roles a cell answers (display text, a raw SortRole value, a tooltip, right-aligned
// figures) and the header. A table supplies only its rows, cells and column titles.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableModel)

public:
    // The raw value a column sorts on (bytes, GiB, dollars); invalid for a figure no source gives.
    static constexpr int SortRole = Qt::UserRole;

    ~CatalogTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

    // "Source: … (date)" under a catalog figure, for every table and details panel.
    static QString sourceText(const Provenance& provenance);

protected:
    // `figures`: the columns that hold figures, right-aligned.
    CatalogTableModel(int columnCount, std::initializer_list<int> figures, QObject* parent);

    virtual int rows() const = 0;
    virtual QVariant display(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const; // default: the display text
    virtual QString toolTip(int row, int column) const = 0;
    virtual QString headerText(int section) const = 0;
    virtual QString headerToolTip(int section) const; // default: none

    bool hasRow(int row) const { return row >= 0 && row < rows(); }
    // The index of the first row `matches`, or -1.
    template <typename Rows, typename Match>
    static int indexWhere(const Rows& rows, Match matches)
    {
        const auto it = std::find_if(rows.begin(), rows.end(), matches);
        return it == rows.end() ? -1 : static_cast<int>(it - rows.begin());
    }

private:
    int m_columnCount = 0;
    std::vector<int> m_figures;
};

} // namespace localrig::ui
