// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/training/TrainingPlan.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace localrig::ui {

class NumberField;

// The fine-tuning workload's inputs on the Plan page (issue 18): method, LoRA rank, micro-batch, sequence
// length, gradient checkpointing and the tokens in one epoch. PlanInputsPanel shows it while fine-tuning is
// ticked. Emits settingsChanged() on every accepted edit.
class TrainingInputs final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingInputs)

public:
    explicit TrainingInputs(QWidget* parent = nullptr);

    core::TrainingSettings settings() const;
    void setSettings(const core::TrainingSettings& settings);

signals:
    void settingsChanged();

private:
    void updateRankEnabled();

    QComboBox* m_methodCombo = nullptr;
    QSpinBox* m_rankSpin = nullptr;
    QSpinBox* m_batchSpin = nullptr;
    QComboBox* m_sequenceCombo = nullptr;
    QCheckBox* m_checkpointingCheck = nullptr;
    NumberField* m_datasetField = nullptr; // millions of tokens
    core::TrainingSettings m_hidden; // what the widgets do not show (optimizer)
};

} // namespace localrig::ui
