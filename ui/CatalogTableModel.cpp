// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogTableModel.h"

#include <QCoreApplication>

namespace localrig::ui {

namespace {

// The source line was PlatformCatalogModel's first; its translations stay under that context.
QString sourceTr(const char* text)
{
    return QCoreApplication::translate("localrig::ui::PlatformCatalogModel", text);
}

} // namespace

CatalogTableModel::CatalogTableModel(int columnCount, std::initializer_list<int> figures, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_figures(figures)
{ }

CatalogTableModel::~CatalogTableModel() = default;

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant CatalogTableModel::sortValue(int row, int column) const
{
    return display(row, column);
}

QString CatalogTableModel::headerToolTip(int /*section*/) const
{
    return {};
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows() || index.column() >= m_columnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return std::find(m_figures.begin(), m_figures.end(), index.column()) != m_figures.end()
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return headerText(section);
    }
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QString CatalogTableModel::sourceText(const Provenance& provenance)
{
    if (provenance.source.isEmpty()) {
        return sourceTr("Source not recorded.");
    }
    if (provenance.sourceDate.isEmpty()) {
        return sourceTr("Source: %1").arg(provenance.source);
    }
    return sourceTr("Source: %1 (%2)").arg(provenance.source, provenance.sourceDate);
}

} // namespace localrig::ui
