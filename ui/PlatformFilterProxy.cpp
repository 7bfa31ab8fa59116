// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformFilterProxy.h"

#include "PlatformCatalogModel.h"

namespace localrig::ui {

PlatformFilterProxy::PlatformFilterProxy(QObject* parent)
    : CatalogFilterProxy(parent)
{ }

void PlatformFilterProxy::setVendor(const QString& vendor)
{
    setFilterValue(m_vendor, vendor);
}

void PlatformFilterProxy::setFormFactor(const QString& formFactor)
{
    setFilterValue(m_formFactor, formFactor);
}

void PlatformFilterProxy::setMinimumMemoryGiB(std::optional<double> gib)
{
    setFilterValue(m_minimumGiB, gib);
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
    return matchesSearch({QString::fromStdString(p->name), QString::fromStdString(p->id), vendor});
}

} // namespace localrig::ui
