// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFilterProxy.h"

#include "ModelCatalogModel.h"
#include "core/Fit.h"

#include <algorithm>
#include <iterator>

namespace localrig::ui {

namespace {

// A generic N GB unified-memory machine (no OS-specific GPU cap), to ask the core whether a footprint
// stays under the headroom line. Bandwidth only has to be valid: fit does not depend on it.
core::Platform unifiedMachine(double gib)
{
    core::Platform platform;
    platform.id = "filter";
    platform.memoryKind = core::MemoryKind::Unified;
    platform.backend = core::Backend::Vulkan;
    platform.memoryGiB = gib;
    platform.bandwidthGBs = 1.0;
    return platform;
}

} // namespace

ModelFilterProxy::ModelFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelCatalogModel::SortRole);
}

void ModelFilterProxy::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ModelFilterProxy::setFamily(const QString& family)
{
    m_family = family;
    invalidateFilter();
}

void ModelFilterProxy::setFitsInGiB(std::optional<double> gib)
{
    m_fitsInGiB = gib;
    invalidateFilter();
}

void ModelFilterProxy::setScenario(const core::Scenario& scenario)
{
    m_scenario = scenario;
    invalidateFilter();
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* models = qobject_cast<const ModelCatalogModel*>(sourceModel());
    const core::ModelSpec* spec = models && !sourceParent.isValid() ? models->modelAt(sourceRow) : nullptr;
    if (!spec) {
        return false;
    }
    const QString family = QString::fromStdString(spec->family);
    if (!m_family.isEmpty() && family != m_family) {
        return false;
    }
    if (!m_search.isEmpty()) {
        const QString haystack[] = {QString::fromStdString(spec->name), QString::fromStdString(spec->id), family,
                                    models->infoAt(sourceRow).developer};
        const bool found = std::any_of(std::begin(haystack), std::end(haystack), [this](const QString& text) {
            return text.contains(m_search, Qt::CaseInsensitive);
        });
        if (!found) {
            return false;
        }
    }
    if (m_fitsInGiB) {
        const core::MemoryBreakdown* footprint = models->footprintAt(sourceRow);
        if (!footprint) {
            return false;
        }
        const auto fit = core::assessFit(*footprint, unifiedMachine(*m_fitsInGiB), m_scenario);
        return fit && fit.value().meetsHeadroom();
    }
    return true;
}

bool ModelFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Figures the catalog lacks sort after every known one.
    if (!a.isValid() || !b.isValid()) {
        return a.isValid() && !b.isValid();
    }
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString) {
        return a.toString().localeAwareCompare(b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

} // namespace localrig::ui
