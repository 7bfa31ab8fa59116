// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanInputsPanel.h"

#include "NumberField.h"
#include "TrainingInputs.h"
#include "WorkloadListModel.h"
#include "core/InputLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr int kContextChoices[] = {4096, 8192, 16384, 32768, 65536, 131072, 262144, 1048576};

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A combo box that may be narrower than its longest entry (the popup still shows it whole).
void narrowable(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

} // namespace

PlanInputsPanel::PlanInputsPanel(const CatalogData& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    buildForm();
}

void PlanInputsPanel::refreshWorkloads()
{
    const QStringList checked = m_workloadModel->checkedSlugs();
    m_workloadModel->setWorkloads(m_catalog.workloadInfo);
    m_workloadModel->setCheckedSlugs(checked); // a workload that is gone is simply no longer ticked
    fitWorkloadListHeight();
}

void PlanInputsPanel::fitWorkloadListHeight()
{
    // Tall enough for the shipped use cases without scrolling; models the user adds scroll past 16 rows.
    constexpr int maximumRows = 16;
    const int rows = std::clamp(m_workloadModel->rowCount(), 1, maximumRows);
    m_workloadView->setFixedHeight(rows * m_workloadView->sizeHintForRow(0) + 2 * m_workloadView->frameWidth() + 4);
}

void PlanInputsPanel::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* workloadsLabel = new QLabel(tr("&Workloads"), this);
    m_workloadModel = new WorkloadListModel(this);
    m_workloadModel->setWorkloads(m_catalog.workloadInfo);
    m_workloadView = new QListView(this);
    m_workloadView->setObjectName(QStringLiteral("workloadListView"));
    m_workloadView->setModel(m_workloadModel);
    fitWorkloadListHeight();
    workloadsLabel->setBuddy(m_workloadView);
    // The one-line description of the workload under the cursor or keyboard focus.
    auto* description = new QLabel(tr("Tick the work you want to run locally."), this);
    description->setObjectName(QStringLiteral("workloadDescriptionLabel"));
    description->setWordWrap(true);
    description->setMinimumHeight(2 * description->fontMetrics().lineSpacing());
    description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_workloadView->setMouseTracking(true);
    const auto describe = [description](const QModelIndex& index) {
        if (index.isValid()) {
            description->setText(index.data(WorkloadListModel::DescriptionRole).toString());
        }
    };
    connect(m_workloadView, &QListView::entered, this, describe);
    connect(m_workloadView->selectionModel(), &QItemSelectionModel::currentChanged, this, describe);
    layout->addWidget(workloadsLabel);
    layout->addWidget(m_workloadView);
    layout->addWidget(description);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow panel (large font, small screen) puts a field under its label instead of cutting it off.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_contextCombo = new QComboBox(this);
    m_contextCombo->setObjectName(QStringLiteral("contextComboBox"));
    m_contextCombo->addItem(tr("Workload default"), 0);
    for (int tokens : kContextChoices) {
        m_contextCombo->addItem(tr("%1K tokens").arg(QLocale().toString(tokens / 1024)), tokens);
    }
    narrowable(m_contextCombo);
    form->addRow(buddyLabel(tr("&Context:"), m_contextCombo), m_contextCombo);

    m_agentsSpin = new QSpinBox(this);
    m_agentsSpin->setObjectName(QStringLiteral("agentsSpinBox"));
    m_agentsSpin->setRange(0, core::limits::kMaxSessions);
    m_agentsSpin->setSpecialValueText(tr("Workload default"));
    form->addRow(buddyLabel(tr("Parallel &agents:"), m_agentsSpin), m_agentsSpin);

    m_budgetField = new NumberField(1.0, core::limits::kMaxUsd, true, this);
    m_budgetField->lineEdit()->setObjectName(QStringLiteral("budgetLineEdit"));
    m_budgetField->setPlaceholderText(tr("No limit"));
    form->addRow(buddyLabel(tr("&Budget (USD):"), m_budgetField->lineEdit()), m_budgetField);

    m_vendorCombo = new QComboBox(this);
    m_vendorCombo->setObjectName(QStringLiteral("vendorComboBox"));
    m_vendorCombo->addItem(tr("Any vendor"), QStringLiteral("any"));
    m_vendorCombo->addItem(QStringLiteral("Apple"), QStringLiteral("apple"));
    m_vendorCombo->addItem(QStringLiteral("NVIDIA"), QStringLiteral("nvidia"));
    m_vendorCombo->addItem(QStringLiteral("AMD"), QStringLiteral("amd"));
    narrowable(m_vendorCombo);
    form->addRow(buddyLabel(tr("Ven&dor:"), m_vendorCombo), m_vendorCombo);

    m_portableCheck = new QCheckBox(tr("&Portable only"), this);
    m_portableCheck->setObjectName(QStringLiteral("portableCheckBox"));
    form->addRow(m_portableCheck);

    m_concurrentCheck = new QCheckBox(tr("&Run the workloads at the same time"), this);
    m_concurrentCheck->setObjectName(QStringLiteral("concurrentCheckBox"));
    m_concurrentCheck->setToolTip(tr("Off: the machine must run the largest workload, one at a time. On: every "
                                     "ticked workload is loaded at once, so memory adds up and they share the "
                                     "memory bandwidth."));
    form->addRow(m_concurrentCheck);

    m_haveDesktopCheck = new QCheckBox(tr("I have a desktop PC for a &graphics card"), this);
    m_haveDesktopCheck->setObjectName(QStringLiteral("haveDesktopCheckBox"));
    m_haveDesktopCheck->setToolTip(tr("On: graphics cards are priced alone. Off: each card is priced with the "
                                      "desktop PC it needs around it."));
    form->addRow(m_haveDesktopCheck);

    m_apiField = new NumberField(0.0, core::limits::kMaxUsd, false, this);
    m_apiField->lineEdit()->setObjectName(QStringLiteral("apiSpendLineEdit"));
    m_apiField->setValue(0.0);
    form->addRow(buddyLabel(tr("API &spend per month (USD):"), m_apiField->lineEdit()), m_apiField);

    m_electricityField = new NumberField(0.0, core::limits::kMaxUsdPerKwh, false, this);
    m_electricityField->lineEdit()->setObjectName(QStringLiteral("electricityLineEdit"));
    m_electricityField->setValue(core::SizingConstants().defaultUsdPerKwh);
    form->addRow(buddyLabel(tr("Electricity (USD/&kWh):"), m_electricityField->lineEdit()), m_electricityField);

    m_hoursField = new NumberField(0.0, core::limits::kMaxHoursPerDay, false, this);
    m_hoursField->lineEdit()->setObjectName(QStringLiteral("hoursLineEdit"));
    m_hoursField->setValue(core::SizingConstants().defaultHoursPerDay);
    form->addRow(buddyLabel(tr("Hours of &use per day:"), m_hoursField->lineEdit()), m_hoursField);
    layout->addLayout(form);
    layout->addStretch();

    // Before inputsChanged, so a recalculation already reads the fine-tuning inputs.
    connect(m_workloadModel, &WorkloadListModel::checkedChanged, this, &PlanInputsPanel::updateTrainingInputs);
    connect(m_workloadModel, &WorkloadListModel::checkedChanged, this, &PlanInputsPanel::inputsChanged);
    connect(m_contextCombo, &QComboBox::currentIndexChanged, this, &PlanInputsPanel::inputsChanged);
    connect(m_agentsSpin, &QSpinBox::valueChanged, this, &PlanInputsPanel::inputsChanged);
    connect(m_vendorCombo, &QComboBox::currentIndexChanged, this, &PlanInputsPanel::inputsChanged);
    connect(m_portableCheck, &QCheckBox::toggled, this, &PlanInputsPanel::inputsChanged);
    connect(m_concurrentCheck, &QCheckBox::toggled, this, &PlanInputsPanel::inputsChanged);
    connect(m_haveDesktopCheck, &QCheckBox::toggled, this, &PlanInputsPanel::inputsChanged);
    connect(m_workloadModel, &WorkloadListModel::checkedChanged, this, &PlanInputsPanel::updateDefaultLabels);
    for (NumberField* field : {m_budgetField, m_apiField, m_electricityField, m_hoursField}) {
        connect(field, &NumberField::valueChanged, this, &PlanInputsPanel::inputsChanged);
    }
    setTabOrder(m_workloadView, m_contextCombo);
    setTabOrder(m_contextCombo, m_agentsSpin);
    setTabOrder(m_agentsSpin, m_budgetField->lineEdit());
    setTabOrder(m_budgetField->lineEdit(), m_vendorCombo);
    setTabOrder(m_vendorCombo, m_portableCheck);
    setTabOrder(m_portableCheck, m_concurrentCheck);
    setTabOrder(m_concurrentCheck, m_haveDesktopCheck);
    setTabOrder(m_haveDesktopCheck, m_apiField->lineEdit());
    setTabOrder(m_apiField->lineEdit(), m_electricityField->lineEdit());
    setTabOrder(m_electricityField->lineEdit(), m_hoursField->lineEdit());
}

PlanInputs PlanInputsPanel::inputs() const
{
    PlanInputs inputs;
    inputs.workloads = m_workloadModel->checkedSlugs();
    inputs.contextTokens = m_contextCombo->currentData().toInt();
    inputs.agents = m_agentsSpin->value();
    inputs.budgetUsd = m_budgetField->value();
    inputs.vendor = m_vendorCombo->currentData().toString();
    inputs.portableOnly = m_portableCheck->isChecked();
    inputs.apiUsdPerMonth = m_apiField->value().value_or(0.0);
    inputs.usdPerKwh = m_electricityField->value().value_or(core::SizingConstants().defaultUsdPerKwh);
    inputs.hoursPerDay = m_hoursField->value().value_or(core::SizingConstants().defaultHoursPerDay);
    inputs.headroom = m_headroom;
    inputs.kvType = m_kvType;
    inputs.concurrent = m_concurrentCheck->isChecked();
    inputs.haveDesktopPc = m_haveDesktopCheck->isChecked();
    inputs.training = m_trainingInputs ? m_trainingInputs->settings() : m_training;
    return inputs;
}

void PlanInputsPanel::setInputs(const PlanInputs& inputs)
{
    const QSignalBlocker blockModel(m_workloadModel);
    const QSignalBlocker blockContext(m_contextCombo);
    const QSignalBlocker blockAgents(m_agentsSpin);
    const QSignalBlocker blockVendor(m_vendorCombo);
    const QSignalBlocker blockPortable(m_portableCheck);
    const QSignalBlocker blockConcurrent(m_concurrentCheck);
    const QSignalBlocker blockDesktop(m_haveDesktopCheck);
    m_workloadModel->setCheckedSlugs(inputs.workloads);
    const int contextIndex = m_contextCombo->findData(inputs.contextTokens);
    m_contextCombo->setCurrentIndex(contextIndex >= 0 ? contextIndex : 0);
    m_agentsSpin->setValue(inputs.agents);
    m_budgetField->setValue(inputs.budgetUsd);
    const int vendorIndex = m_vendorCombo->findData(inputs.vendor.isEmpty() ? QStringLiteral("any") : inputs.vendor);
    m_vendorCombo->setCurrentIndex(vendorIndex >= 0 ? vendorIndex : 0);
    m_portableCheck->setChecked(inputs.portableOnly);
    m_concurrentCheck->setChecked(inputs.concurrent);
    m_haveDesktopCheck->setChecked(inputs.haveDesktopPc);
    m_apiField->setValue(inputs.apiUsdPerMonth);
    m_electricityField->setValue(inputs.usdPerKwh);
    m_hoursField->setValue(inputs.hoursPerDay);
    m_headroom = inputs.headroom;
    m_kvType = inputs.kvType;
    m_training = inputs.training;
    if (m_trainingInputs) {
        m_trainingInputs->setSettings(inputs.training);
    }
    updateDefaultLabels();
    updateTrainingInputs();
    emit inputsChanged();
}

void PlanInputsPanel::updateDefaultLabels()
{
    int minContext = 0;
    int maxContext = 0;
    int minAgents = 0;
    int maxAgents = 0;
    for (const QString& slug : m_workloadModel->checkedSlugs()) {
        for (const core::Workload& workload : m_catalog.workloads) {
            if (QString::fromStdString(workload.slug) != slug) {
                continue;
            }
            minContext = minContext == 0 ? workload.contextTokens : std::min(minContext, workload.contextTokens);
            maxContext = std::max(maxContext, workload.contextTokens);
            minAgents = minAgents == 0 ? workload.sessions : std::min(minAgents, workload.sessions);
            maxAgents = std::max(maxAgents, workload.sessions);
        }
    }
    const auto k = [](int tokens) { return tr("%1K").arg(QLocale().toString(tokens / 1024)); };
    QString context = tr("Workload default");
    if (maxContext > 0) {
        context = minContext == maxContext ? tr("Workload default (%1)").arg(k(maxContext))
                                           : tr("Each workload's own (%1–%2)").arg(k(minContext), k(maxContext));
    }
    m_contextCombo->setItemText(0, context);
    QString agents = tr("Workload default");
    if (maxAgents > 0) {
        agents = minAgents == maxAgents
            ? tr("Workload default (%n agent(s))", nullptr, maxAgents)
            : tr("Each workload's own (%1–%2)").arg(QLocale().toString(minAgents), QLocale().toString(maxAgents));
    }
    m_agentsSpin->setSpecialValueText(agents);
    m_contextCombo->setToolTip(tr("A context chosen here applies to every ticked workload."));
    m_agentsSpin->setToolTip(tr("A number chosen here applies to every ticked workload."));
}

void PlanInputsPanel::updateTrainingInputs()
{
    const QStringList checked = m_workloadModel->checkedSlugs();
    const bool training = std::any_of(checked.cbegin(), checked.cend(),
                                      [](const QString& slug) { return core::isTrainingWorkload(slug.toStdString()); });
    if (training && !m_trainingInputs) {
        m_trainingInputs = new TrainingInputs(this);
        m_trainingInputs->setSettings(m_training);
        auto* column = static_cast<QVBoxLayout*>(layout());
        column->insertWidget(column->count() - 1, m_trainingInputs); // above the closing stretch
        connect(m_trainingInputs, &TrainingInputs::settingsChanged, this, &PlanInputsPanel::inputsChanged);
        setTabOrder(m_hoursField->lineEdit(), m_trainingInputs);
    }
    if (m_trainingInputs) {
        m_trainingInputs->setVisible(training);
    }
}

void PlanInputsPanel::setHeadroom(double headroom)
{
    m_headroom = headroom;
    emit inputsChanged();
}

void PlanInputsPanel::setKvType(core::KvCacheType type)
{
    m_kvType = type;
    emit inputsChanged();
}

} // namespace localrig::ui
