// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "CatalogDetailsPanel.h"

#include <string>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace localrig::ui {

// The selected platform: memory, bandwidth, compute, power, price with its date (marked when stale) and
// its dated history, the published measurements of this machine beside LocalRig's estimate for each, and the
// catalog models that run under its headroom line at the page's context, with expected decode speed.
class PlatformDetailsPanel final : public CatalogDetailsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformDetailsPanel)

public:
    enum PriceColumn { PriceDate, PriceAmount, PriceKind, PriceSource, PriceColumnCount };
    enum RunsColumn { RunsModel, RunsNeeds, RunsVerdict, RunsDecode, RunsColumnCount };
    enum MeasuredColumn {
        MeasuredModel,
        MeasuredBackend,
        MeasuredContext,
        MeasuredDecode,
        MeasuredEstimate,
        MeasuredColumnCount
    };

    explicit PlatformDetailsPanel(QWidget* parent = nullptr);

    // Not owned: the page that holds the catalog outlives this panel.
    void setCatalog(const CatalogData* catalog);
    void setPlatform(const std::string& platformId); // empty: nothing selected
    const std::string& platformId() const { return m_platformId; }

private:
    void refresh() override;
    void showFigures(const core::Platform& platform);
    void showPrice(const core::Platform& platform, const QString& source);
    void showPrices(const core::Platform& platform);
    void showModels(const core::Platform& platform);
    void showMeasured(const core::Platform& platform);
    QLabel* addFigure(const QString& label, const QString& objectName);

    const CatalogData* m_catalog = nullptr;
    std::string m_platformId;

    QFormLayout* m_figures = nullptr;
    QLabel* m_memory = nullptr;
    QLabel* m_bandwidth = nullptr;
    QLabel* m_compute = nullptr;
    QLabel* m_power = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_pricesHeading = nullptr;
    QTreeWidget* m_prices = nullptr;
    QLabel* m_measuredHeading = nullptr;
    QTreeWidget* m_measured = nullptr;
    QLabel* m_modelsHeading = nullptr;
    QTreeWidget* m_models = nullptr;
};

} // namespace localrig::ui
