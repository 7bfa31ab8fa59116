// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingInputs.h"

#include "NumberField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace localrig::ui {

namespace {

constexpr int kSequenceChoices[] = {512, 1024, 2048, 4096, 8192, 16384, 32768};
constexpr int kMaxRank = 1024;
constexpr int kMaxBatch = 256;
constexpr double kTokensPerMillion = 1e6;
constexpr double kMaxDatasetMillions = 1e6; // 1 T tokens

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

TrainingInputs::TrainingInputs(QWidget* parent)
    : QGroupBox(tr("Fine-tuning"), parent)
{
    setObjectName(QStringLiteral("trainingInputs"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("trainingMethodComboBox"));
    m_methodCombo->addItem(tr("LoRA (16-bit base)"), static_cast<int>(core::TrainingMethod::Lora));
    m_methodCombo->addItem(tr("QLoRA (4-bit base)"), static_cast<int>(core::TrainingMethod::Qlora));
    m_methodCombo->addItem(tr("Full fine-tuning"), static_cast<int>(core::TrainingMethod::Full));
    form->addRow(buddyLabel(tr("&Method:"), m_methodCombo), m_methodCombo);

    m_rankSpin = new QSpinBox(this);
    m_rankSpin->setObjectName(QStringLiteral("loraRankSpinBox"));
    m_rankSpin->setRange(1, kMaxRank);
    form->addRow(buddyLabel(tr("LoRA &rank:"), m_rankSpin), m_rankSpin);

    m_batchSpin = new QSpinBox(this);
    m_batchSpin->setObjectName(QStringLiteral("microBatchSpinBox"));
    m_batchSpin->setRange(1, kMaxBatch);
    form->addRow(buddyLabel(tr("Micro-&batch:"), m_batchSpin), m_batchSpin);

    m_sequenceCombo = new QComboBox(this);
    m_sequenceCombo->setObjectName(QStringLiteral("sequenceLengthComboBox"));
    m_sequenceCombo->addItem(tr("Workload default"), 0);
    for (const int tokens : kSequenceChoices) {
        m_sequenceCombo->addItem(tr("%1 tokens").arg(QLocale().toString(tokens)), tokens);
    }
    form->addRow(buddyLabel(tr("Se&quence length:"), m_sequenceCombo), m_sequenceCombo);

    m_checkpointingCheck = new QCheckBox(tr("Gradient &checkpointing"), this);
    m_checkpointingCheck->setObjectName(QStringLiteral("checkpointingCheckBox"));
    m_checkpointingCheck->setToolTip(tr("On: each layer's activations are recomputed in the backward pass, "
                                        "which saves memory and costs time."));
    form->addRow(m_checkpointingCheck);

    m_datasetField = new NumberField(0.001, kMaxDatasetMillions, false, this);
    m_datasetField->lineEdit()->setObjectName(QStringLiteral("datasetTokensLineEdit"));
    form->addRow(buddyLabel(tr("&Dataset (million tokens):"), m_datasetField->lineEdit()), m_datasetField);

    setSettings(core::TrainingSettings{});
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &TrainingInputs::updateRankEnabled);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &TrainingInputs::settingsChanged);
    connect(m_rankSpin, &QSpinBox::valueChanged, this, &TrainingInputs::settingsChanged);
    connect(m_batchSpin, &QSpinBox::valueChanged, this, &TrainingInputs::settingsChanged);
    connect(m_sequenceCombo, &QComboBox::currentIndexChanged, this, &TrainingInputs::settingsChanged);
    connect(m_checkpointingCheck, &QCheckBox::toggled, this, &TrainingInputs::settingsChanged);
    connect(m_datasetField, &NumberField::valueChanged, this, &TrainingInputs::settingsChanged);
}

core::TrainingSettings TrainingInputs::settings() const
{
    core::TrainingSettings settings = m_hidden;
    settings.method = static_cast<core::TrainingMethod>(m_methodCombo->currentData().toInt());
    settings.loraRank = m_rankSpin->value();
    settings.microBatch = m_batchSpin->value();
    settings.sequenceLength = m_sequenceCombo->currentData().toInt();
    settings.gradientCheckpointing = m_checkpointingCheck->isChecked();
    settings.datasetTokens
        = m_datasetField->value().value_or(core::kDefaultDatasetTokens / kTokensPerMillion) * kTokensPerMillion;
    return settings;
}

void TrainingInputs::setSettings(const core::TrainingSettings& settings)
{
    const QSignalBlocker blockMethod(m_methodCombo);
    const QSignalBlocker blockRank(m_rankSpin);
    const QSignalBlocker blockBatch(m_batchSpin);
    const QSignalBlocker blockSequence(m_sequenceCombo);
    const QSignalBlocker blockCheckpointing(m_checkpointingCheck);
    const QSignalBlocker blockDataset(m_datasetField);
    m_hidden = settings;
    const int method = m_methodCombo->findData(static_cast<int>(settings.method));
    m_methodCombo->setCurrentIndex(method >= 0 ? method : 0);
    m_rankSpin->setValue(settings.loraRank);
    m_batchSpin->setValue(settings.microBatch);
    int sequence = m_sequenceCombo->findData(settings.sequenceLength);
    if (sequence < 0) {
        // A length from the command line or a saved plan that is not one of the choices keeps its value.
        m_sequenceCombo->addItem(tr("%1 tokens").arg(QLocale().toString(settings.sequenceLength)),
                                 settings.sequenceLength);
        sequence = m_sequenceCombo->count() - 1;
    }
    m_sequenceCombo->setCurrentIndex(sequence);
    m_checkpointingCheck->setChecked(settings.gradientCheckpointing);
    m_datasetField->setValue(settings.datasetTokens / kTokensPerMillion);
    updateRankEnabled();
}

void TrainingInputs::updateRankEnabled()
{
    m_rankSpin->setEnabled(m_methodCombo->currentData().toInt() != static_cast<int>(core::TrainingMethod::Full));
}

} // namespace localrig::ui
