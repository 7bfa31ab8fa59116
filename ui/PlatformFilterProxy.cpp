// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformFilterProxy.h"

#include "PlatformCatalogModel.h"

#include <algorithm>
#include <iterator>

namespace localrig::ui {

PlatformFilterProxy::PlatformFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlatformCatalogModel::SortRole);
}

void PlatformFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void PlatformFilterProxy::setVendor(const QString& vendor)
{
    m_vendor = vendor;
    invalidateFilter();
}

void PlatformFilterProxy::setFormFactor(const QString& formFactor)
{
    m_formFactor = formFactor;
    invalidateFilter();
}

void PlatformFilterProxy::setMinimumMemoryGiB(std::optional<double> gib)
{
    m_minimumGiB = gib;
    invalidateFilter();
}

bool PlatformFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* platforms = qobject_cast<const PlatformCatalogModel*>(sourceModel());
    const core::Platform* p = platforms && !sourceParent.isValid() ? platforms->platformAt(sourceRow) : nullptr;
    if (!p) {
        return false;
    }
    const QString vendor = QString::fromStdString(p->vendor);
    if (!m_vendor.isEmpty() && vendor.compare(m_vendor, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (!m_formFactor.isEmpty() && QString::fromStdString(p->formFactor) != m_formFactor) {
        return false;
    }
    if (m_minimumGiB && PlatformCatalogModel::modelMemoryGiB(*p) < *m_minimumGiB) {
        return false;
    }
    if (!m_search.isEmpty()) {
        const QString haystack[] = {QString::fromStdString(p->name), QString::fromStdString(p->id), vendor};
        return std::any_of(std::begin(haystack), std::end(haystack),
                           [this](const QString& text) { return text.contains(m_search, Qt::CaseInsensitive); });
    }
    return true;
}

bool PlatformFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
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
