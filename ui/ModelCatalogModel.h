// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTableModel.h"
#include "ModelDisplayInfo.h"
#include "core/GenerationModel.h"
#include "core/MemoryEstimate.h"

#include <optional>
#include <vector>

namespace localrig::ui {

// The catalog's models, one row each, with their footprint at the guide's default quantization (Q4_K_M)
// and the page's context, so the list can be sorted and filtered by the memory a model needs.
class ModelCatalogModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalogModel)

public:
    enum Column {
        Name,
        Family,
        Developer,
        TotalParams,
        ActiveParams,
        NativeContext,
        Footprint,
        Released,
        Kind, // Text, Image generation, Video generation (issue 18)
        ColumnCount
    };

    explicit ModelCatalogModel(QObject* parent = nullptr);

    void setCatalog(const CatalogData& catalog, const ModelDisplayInfoMap& info);
    // Recomputes the footprint column; rows stay, so a selection survives a context change.
    void setScenario(const core::Scenario& scenario);
    const core::Scenario& scenario() const { return m_scenario; }

    const core::ModelSpec* modelAt(int row) const;
    const core::MemoryBreakdown* footprintAt(int row) const; // null when the core refused the model
    const ModelDisplayInfo& infoAt(int row) const;
    core::ModelKind kindAt(int row) const; // image and video generation models follow the text models
    int rowOf(const std::string& modelId) const; // -1 when absent

private:
    struct Row
    {
        core::ModelSpec spec;
        ModelDisplayInfo info;
        Provenance source;
        std::optional<double> measuredBytes; // at the reference quantization
        std::optional<core::MemoryBreakdown> footprint;
        QString error;
        core::ModelKind kind = core::ModelKind::Text;
        std::optional<core::GenerationModel> generation; // set for image and video generation rows
    };

    int rows() const override;
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString headerText(int section) const override;
    QString headerToolTip(int section) const override;
    void computeFootprints();
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    std::vector<Row> m_rows;
    std::optional<core::Quantization> m_quant; // the reference quantization
    core::Scenario m_scenario;
};

} // namespace localrig::ui
