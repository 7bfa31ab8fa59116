// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelImportDialog.h"

#include "ModelFileFacts.h"
#include "NoteText.h"
#include "UserModelStore.h"
#include "Wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <array>

namespace localrig::ui {

namespace {

constexpr int kMaxNameLength = 80;
constexpr std::array kContexts{2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144};
constexpr int kDefaultContext = 8192;

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString gigabytes(std::uint64_t bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / 1e9, 'f', 2);
}

} // namespace

ModelImportDialog::ModelImportDialog(core::gguf::ModelFileReport report, QString fileName, UserModelStore& store,
                                     QWidget* parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_fileName(std::move(fileName))
    , m_store(store)
    , m_namedQuant(db::matchQuantization(m_report, store.catalog()))
{
    setObjectName(QStringLiteral("modelImportDialog"));
    setWindowTitle(tr("Add Model from File"));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("fileHeadingLabel"));
    heading->setText(tr("<b>%1</b> — read from its header only; the file is not copied.")
                         .arg(QFileInfo(m_fileName).fileName().toHtmlEscaped()));
    heading->setWordWrap(true);

    auto* details = new QGroupBox(tr("Add to your catalog"), this);
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S.*")), m_name));
    m_name->setText(db::importedModelName(m_report, m_fileName).left(kMaxNameLength));
    form->addRow(tr("&Name:"), m_name);
    m_replaces = new QLabel(details);
    m_replaces->setObjectName(QStringLiteral("replacesLabel"));
    m_replaces->setWordWrap(true);
    form->addRow(QString(), m_replaces);
    m_quant = new QComboBox(details);
    m_quant->setObjectName(QStringLiteral("quantComboBox"));
    m_quant->setToolTip(tr("The quantization the file is in: the model is sized with the file's exact bytes "
                           "there, and estimated from bits per weight at the others."));
    form->addRow(tr("&Size it as:"), m_quant);
    m_quantNote = new QLabel(details);
    m_quantNote->setObjectName(QStringLiteral("quantNoteLabel"));
    m_quantNote->setWordWrap(true);
    form->addRow(QString(), m_quantNote);
    m_workload = new QCheckBox(tr("Offer it as a &workload on the Plan page, at"), details);
    m_workload->setObjectName(QStringLiteral("workloadCheckBox"));
    m_workload->setChecked(true);
    m_context = new QComboBox(details);
    m_context->setObjectName(QStringLiteral("workloadContextComboBox"));
    for (const int tokens : kContexts) {
        if (m_report.contextLength <= 0 || tokens <= m_report.contextLength) {
            m_context->addItem(Wording::contextTokens(tokens), tokens);
        }
    }
    if (m_context->count() == 0) {
        m_context->addItem(Wording::contextTokens(m_report.contextLength), m_report.contextLength);
    }
    const int defaultContext = m_context->findData(kDefaultContext);
    m_context->setCurrentIndex(defaultContext >= 0 ? defaultContext : m_context->count() - 1);
    auto* workloadRow = new QHBoxLayout;
    workloadRow->addWidget(m_workload);
    workloadRow->addWidget(m_context);
    workloadRow->addStretch(1);
    form->addRow(QString(), workloadRow);
    fillQuantizations();

    m_message = NoteText::validationLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(factsBox());
    layout->addWidget(details);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ModelImportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ModelImportDialog::updateState);
    connect(m_quant, &QComboBox::currentIndexChanged, this, &ModelImportDialog::updateState);
    connect(m_workload, &QCheckBox::toggled, m_context, &QWidget::setEnabled);
    updateState();
    setMinimumWidth(560);
}

QWidget* ModelImportDialog::factsBox()
{
    auto* box = new QGroupBox(tr("Read from the file"), this);
    box->setObjectName(QStringLiteral("factsGroupBox"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const ModelFileFacts::Row& row : ModelFileFacts::rows(m_report)) {
        form->addRow(row.label + QLatin1Char(':'), valueLabel(row.value, box));
    }
    return box;
}

void ModelImportDialog::fillQuantizations()
{
    const db::Catalog& catalog = m_store.catalog();
    const std::optional<QString> suggested = db::suggestQuantization(m_report, catalog);
    m_quant->addItem(tr("Choose…"), QString());
    for (const db::QuantEntry& entry : catalog.quantizations()) {
        m_quant->addItem(
            tr("%1 (%2 bits per weight)")
                .arg(QString::fromStdString(entry.quant.name), QLocale().toString(entry.quant.bitsPerWeight, 'g', 3)),
            QString::fromStdString(entry.quant.id));
    }
    m_quant->setCurrentIndex(suggested ? std::max(0, m_quant->findData(*suggested)) : 0);
}

db::ModelImportOptions ModelImportDialog::options() const
{
    db::ModelImportOptions options;
    options.displayName = m_name->text().trimmed();
    options.quantId = m_quant->currentData().toString();
    options.addWorkload = m_workload->isChecked();
    options.workloadContext = m_context->currentData().toInt();
    options.workloadName = tr("%1 (your model)").arg(options.displayName);
    options.workloadDescription
        = tr("Runs %1, read from %2.").arg(options.displayName, QFileInfo(m_fileName).fileName());
    return options;
}

QString ModelImportDialog::problem() const
{
    if (!m_name->hasAcceptableInput()) {
        return tr("Name: enter the model's name.");
    }
    if (m_quant->currentData().toString().isEmpty()) {
        return tr("Size it as: choose the quantization the file is in.");
    }
    return {};
}

void ModelImportDialog::updateState()
{
    const QString quantId = m_quant->currentData().toString();
    const QString quantName
        = m_quant->currentIndex() > 0 ? m_quant->currentText().section(QLatin1String(" ("), 0, 0) : QString();
    const QString type = QString::fromStdString(m_report.fileType);
    if (quantId.isEmpty()) {
        m_quantNote->setText(tr("The file type %1 is not in the catalog; choose the closest.")
                                 .arg(type.isEmpty() ? tr("(not stated)") : type));
    } else if (!m_report.weightsBytes) {
        m_quantNote->setText(
            tr("The file states no exact size: the weights are estimated from %1's bits per weight.").arg(quantName));
    } else if (m_namedQuant && *m_namedQuant == quantId) {
        m_quantNote->setText(tr("The file is %1: its exact %2 GB of weights are used at %3.")
                                 .arg(type, gigabytes(*m_report.weightsBytes), quantName));
    } else {
        m_quantNote->setText(
            tr("The file's exact %1 GB of weights are recorded at %2 (file type %3).")
                .arg(gigabytes(*m_report.weightsBytes), quantName, type.isEmpty() ? tr("not stated") : type));
    }
    bool replaces = false;
    if (m_name->hasAcceptableInput()) {
        db::importedModelId(m_name->text().trimmed(), m_store.catalog(), &replaces);
    }
    m_replaces->setText(replaces ? tr("Replaces your model of the same name.") : QString());
    m_replaces->setVisible(replaces);
    const QString issue = problem();
    m_message->setText(issue);
    m_message->setVisible(!issue.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(issue.isEmpty());
}

void ModelImportDialog::save()
{
    if (!problem().isEmpty()) {
        updateState();
        return;
    }
    auto rows = db::importModelFile(m_report, m_fileName, options(), m_store.catalog());
    if (!rows) {
        QMessageBox::warning(this, tr("Could not add the model"), Wording::error(rows.error()));
        return;
    }
    const Result<void> written = m_store.saveModelFromFile(rows.value());
    if (!written) {
        QMessageBox::warning(this, tr("Could not save"), Wording::error(written.error()));
        return;
    }
    m_saved = rows.value().model.spec.id;
    accept();
}

} // namespace localrig::ui
