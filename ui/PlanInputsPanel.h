// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"
#include "PlanCalculator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QListView;
class QSpinBox;

namespace localrig::ui {

class NumberField;
class TrainingInputs;
class WorkloadListModel;

// The Plan page's left column: workloads, context, agents, budget, vendor, portability, API spend and
// electricity. Emits inputsChanged() on every accepted edit; recalculation is the page's business.
class PlanInputsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanInputsPanel)

public:
    explicit PlanInputsPanel(const CatalogData& catalog, QWidget* parent = nullptr);

    PlanInputs inputs() const;
    void setInputs(const PlanInputs& inputs);
    // Preferences that are not on the page but shape the plan.
    void setHeadroom(double headroom);
    void setKvType(core::KvCacheType type);
    // Re-reads the workload list after the catalog reloaded (a model added from a file brings one).
    void refreshWorkloads();

signals:
    void inputsChanged();

private:
    void buildForm();
    void fitWorkloadListHeight();
    // "Workload default (128K)", "Workload default (2 agents)": what the default means for the ticked work.
    void updateDefaultLabels();
    // Shows the fine-tuning inputs while that workload is ticked; builds them the first time (lazily).
    void updateTrainingInputs();

    const CatalogData& m_catalog;
    WorkloadListModel* m_workloadModel = nullptr;
    QListView* m_workloadView = nullptr;
    QComboBox* m_contextCombo = nullptr;
    QSpinBox* m_agentsSpin = nullptr;
    NumberField* m_budgetField = nullptr;
    QComboBox* m_vendorCombo = nullptr;
    QCheckBox* m_portableCheck = nullptr;
    QCheckBox* m_concurrentCheck = nullptr;
    QCheckBox* m_haveDesktopCheck = nullptr;
    NumberField* m_apiField = nullptr;
    NumberField* m_electricityField = nullptr;
    NumberField* m_hoursField = nullptr;
    TrainingInputs* m_trainingInputs = nullptr; // built when fine-tuning is first ticked
    core::TrainingSettings m_training;
    double m_headroom = 0.75;
    core::KvCacheType m_kvType = core::KvCacheType::F16;
};

} // namespace localrig::ui
