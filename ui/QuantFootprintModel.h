// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTableModel.h"
#include "ModelDisplayInfo.h"
#include "core/BuyerVerdict.h"
#include "core/Fit.h"
#include "core/MemoryEstimate.h"

#include <optional>
#include <string>
#include <vector>

namespace localrig::ui {

// One model's memory footprint at every quantization in the catalog, at the page's context:
// one row per quantization, figures from core::estimateMemory, a measured file size where one exists.
class QuantFootprintModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantFootprintModel)

public:
    enum Column { Quant, BitsPerWeight, Weights, Basis, KvCache, Total, ColumnCount };

    explicit QuantFootprintModel(QObject* parent = nullptr);

    // The guide's default 4-bit quantization, Q4_K_M; the first one when a catalog lacks it.
    static const core::Quantization* defaultQuant(const std::vector<core::Quantization>& quants);

    // One model on one machine as a buyer reads it: the fit and the decode speed together, on the lines
    // of core::VerdictThresholds, so a comfortable fit at 3.9 tokens/s reads "Slow", never green "Good".
    // No decode figure: the fit alone decides (Good at best).
    static core::BuyerVerdict runVerdict(const core::FitResult& fit, std::optional<double> decodeTps,
                                         std::optional<double> firstTokenSeconds = std::nullopt);
    // "Slow · Comfortable": the verdict, then the fit it rests on.
    static QString runVerdictText(core::BuyerVerdict verdict, const core::FitResult& fit);
    // Why: the fit, and the speed against the thresholds.
    static QString runVerdictToolTip(core::BuyerVerdict verdict, const core::FitResult& fit, double needsBytes,
                                     std::optional<double> decodeTps);

    void show(const core::ModelSpec& model, const CatalogData& catalog, const ModelDisplayInfo& info,
              const core::Scenario& scenario);
    void clear();
    const core::Quantization* quantAt(int row) const;
    const core::MemoryBreakdown* memoryAt(int row) const;
    int rowOf(const std::string& quantId) const; // -1 when absent

private:
    struct Row
    {
        core::Quantization quant;
        std::optional<core::MemoryBreakdown> memory;
        QString error; // why there is no figure, when memory is empty
        bool measured = false;
        Provenance measuredSource;
    };

    int rows() const override;
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString headerText(int section) const override;
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    std::vector<Row> m_rows;
    core::Scenario m_scenario;
    Provenance m_modelSource;
};

} // namespace localrig::ui
