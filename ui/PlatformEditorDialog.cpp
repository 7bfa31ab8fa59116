// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformEditorDialog.h"

#include "FigureFields.h"
#include "NoteText.h"
#include "PlatformCatalogModel.h"
#include "UserCatalogStore.h"
#include "Wording.h"
#include "core/InputLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace localrig::ui {

namespace {

constexpr int kMaxNameLength = 80;
constexpr double kMaxMemoryGiB = 1048576.0; // 1 PiB: core::validated's own ceiling
const std::vector<std::string> kFormFactors{"laptop", "desktop", "mini", "workstation", "server", "card"};

QLineEdit* textEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(kMaxNameLength);
    // Something that is not only spaces; an empty field is "intermediate", so Save stays disabled.
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S.*")), edit));
    return edit;
}

} // namespace

PlatformEditorDialog::PlatformEditorDialog(UserCatalogStore& store, Mode mode,
                                           const std::optional<core::Platform>& initial, const CatalogData* catalog,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("platformEditorDialog"));
    setWindowTitle(mode == Mode::Price ? tr("Edit price") : (initial ? tr("Edit machine") : tr("Add my machine")));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_figures = new FigureFields(m_form, this);

    std::set<std::string> vendors;
    std::vector<std::string> formFactors = kFormFactors;
    if (catalog) {
        for (const core::Platform& p : catalog->platforms) {
            m_takenIds.push_back(p.id);
            vendors.insert(p.vendor);
            if (!p.formFactor.empty()
                && std::find(formFactors.begin(), formFactors.end(), p.formFactor) == formFactors.end()) {
                formFactors.push_back(p.formFactor);
            }
        }
    }
    if (initial && !initial->formFactor.empty()
        && std::find(formFactors.begin(), formFactors.end(), initial->formFactor) == formFactors.end()) {
        formFactors.push_back(initial->formFactor);
    }

    m_name = textEdit(QStringLiteral("nameLineEdit"), this);
    m_form->addRow(tr("&Name:"), m_name);
    if (mode == Mode::Price) {
        m_name->setReadOnly(true);
        m_price = m_figures->add(tr("&Price (USD):"), tr("Price (USD)"), QStringLiteral("priceLineEdit"), 0.0,
                                 core::limits::kMaxUsd, 2, false);
    } else {
        m_vendor = textEdit(QStringLiteral("vendorLineEdit"), this);
        QStringList vendorNames;
        for (const std::string& vendor : vendors) {
            vendorNames.append(QString::fromStdString(vendor));
        }
        auto* completer = new QCompleter(vendorNames, m_vendor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_vendor->setCompleter(completer);
        m_form->addRow(tr("&Vendor:"), m_vendor);
        m_formFactor = new QComboBox(this);
        m_formFactor->setObjectName(QStringLiteral("formFactorComboBox"));
        for (const std::string& key : formFactors) {
            m_formFactor->addItem(PlatformCatalogModel::formFactorText(key), QString::fromStdString(key));
        }
        m_form->addRow(tr("&Form factor:"), m_formFactor);
        m_memoryKind = new QComboBox(this);
        m_memoryKind->setObjectName(QStringLiteral("memoryKindComboBox"));
        for (const auto kind : {core::MemoryKind::Unified, core::MemoryKind::Discrete, core::MemoryKind::System}) {
            m_memoryKind->addItem(PlatformCatalogModel::memoryKindText(kind), static_cast<int>(kind));
        }
        m_form->addRow(tr("Memory &kind:"), m_memoryKind);
        m_backend = new QComboBox(this);
        m_backend->setObjectName(QStringLiteral("backendComboBox"));
        for (const auto backend : {core::Backend::Metal, core::Backend::Cuda, core::Backend::Rocm,
                                   core::Backend::Vulkan, core::Backend::Cpu}) {
            m_backend->addItem(PlatformCatalogModel::backendText(backend), static_cast<int>(backend));
        }
        m_form->addRow(tr("&Backend:"), m_backend);
        m_memory = m_figures->add(tr("&Memory (GB):"), tr("Memory (GB)"), QStringLiteral("memoryLineEdit"), 0.0,
                                  kMaxMemoryGiB, 2, false);
        m_memory->setToolTip(tr("Unified memory, or the system RAM next to a discrete GPU, as marketed."));
        m_vram = m_figures->add(tr("VR&AM (GB):"), tr("VRAM (GB)"), QStringLiteral("vramLineEdit"), 0.0, kMaxMemoryGiB,
                                2, false);
        m_vram->setToolTip(tr("The discrete GPU's own memory."));
        m_bandwidth = m_figures->add(tr("Band&width (GB/s):"), tr("Bandwidth (GB/s)"),
                                     QStringLiteral("bandwidthLineEdit"), 0.1, 1e6, 1, false);
        m_bandwidth->setToolTip(tr("Memory bandwidth of the pool the model runs from; sets decode speed."));
        m_tflops = m_figures->add(tr("FP16 &TFLOPS:"), tr("FP16 TFLOPS"), QStringLiteral("tflopsLineEdit"), 0.01, 1e5,
                                  2, true);
        m_tflops->setPlaceholderText(tr("optional"));
        m_loadWatts = m_figures->add(tr("&Load power (W):"), tr("Load power (W)"), QStringLiteral("loadWattsLineEdit"),
                                     1.0, 1e5, 0, false);
        m_price = m_figures->add(tr("&Price (USD):"), tr("Price (USD)"), QStringLiteral("priceLineEdit"), 0.0,
                                 core::limits::kMaxUsd, 2, true);
        m_price->setPlaceholderText(tr("optional"));
        m_portable = new QCheckBox(tr("P&ortable (a laptop, or a machine you carry)"), this);
        m_portable->setObjectName(QStringLiteral("portableCheckBox"));
        m_form->addRow(QString(), m_portable);
    }

    m_message = NoteText::validationLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("editorButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_buttons->button(QDialogButtonBox::Reset)->setObjectName(QStringLiteral("resetPushButton"));
    m_buttons->button(QDialogButtonBox::Reset)->setToolTip(tr("Back to the values this dialog opened with."));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PlatformEditorDialog::save);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &PlatformEditorDialog::reset);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PlatformEditorDialog::updateState);
    connect(m_figures, &FigureFields::edited, this, &PlatformEditorDialog::updateState);
    if (m_vendor) {
        connect(m_vendor, &QLineEdit::textChanged, this, &PlatformEditorDialog::updateState);
        for (QComboBox* combo : {m_formFactor, m_memoryKind, m_backend}) {
            connect(combo, &QComboBox::currentIndexChanged, this, &PlatformEditorDialog::updateState);
        }
        connect(m_portable, &QCheckBox::toggled, this, &PlatformEditorDialog::updateState);
    }
    reset();
    setMinimumWidth(460);
}

void PlatformEditorDialog::setDetected(const QString& explanation)
{
    m_detected = true;
    if (!m_intro) {
        m_intro = new QLabel(this);
        m_intro->setObjectName(QStringLiteral("detectionLabel"));
        m_intro->setWordWrap(true);
        m_intro->setTextFormat(Qt::RichText);
        qobject_cast<QVBoxLayout*>(layout())->insertWidget(0, m_intro);
    }
    m_intro->setText(explanation);
    setWindowTitle(tr("This computer"));
    if (m_formFactor && m_formFactor->findData(QString()) < 0) {
        m_formFactor->insertItem(0, tr("Choose…"), QString()); // an unknown chassis is the user's to say
    }
    reset();
}

void PlatformEditorDialog::reset()
{
    const core::Platform p = m_initial.value_or(core::Platform{});
    const bool isNew = !m_initial.has_value();
    m_name->setText(QString::fromStdString(p.name));
    m_price->setText(m_figures->text(p.priceUsd));
    if (m_mode == Mode::Platform) {
        m_vendor->setText(QString::fromStdString(p.vendor));
        const int formFactor = m_formFactor->findData(QString::fromStdString(p.formFactor));
        m_formFactor->setCurrentIndex(std::max(formFactor, 0));
        m_memoryKind->setCurrentIndex(std::max(m_memoryKind->findData(static_cast<int>(p.memoryKind)), 0));
        m_backend->setCurrentIndex(std::max(m_backend->findData(static_cast<int>(p.backend)), 0));
        // A new machine starts with empty figures rather than zeros someone could save by accident.
        // A detected machine leaves what nobody detected (0) empty too.
        const bool blankZero = m_detected;
        const auto figure = [isNew, blankZero](double value) {
            return isNew || (blankZero && value <= 0.0) ? std::nullopt : std::optional<double>(value);
        };
        m_memory->setText(m_figures->text(figure(p.memoryGiB)));
        m_vram->setText(m_figures->text(figure(p.vramGiB)));
        m_bandwidth->setText(m_figures->text(figure(p.bandwidthGBs)));
        m_tflops->setText(m_figures->text(p.fp16Tflops));
        m_loadWatts->setText(m_figures->text(isNew || p.loadWatts <= 0.0 ? std::nullopt : figure(p.loadWatts)));
        m_portable->setChecked(p.portable);
    }
    updateState();
}

QString PlatformEditorDialog::problem() const
{
    if (!m_name->hasAcceptableInput()) {
        return tr("Name: enter the machine's name.");
    }
    if (m_vendor && !m_vendor->hasAcceptableInput()) {
        return tr("Vendor: enter who makes the machine, for example Apple.");
    }
    if (m_formFactor && m_formFactor->currentData().toString().isEmpty()) {
        return tr("Form factor: choose what kind of machine this is.");
    }
    if (QString text = m_figures->problem(); !text.isEmpty()) {
        return text;
    }
    const auto built = platform();
    return built ? QString() : Wording::error(built.error());
}

Result<core::Platform> PlatformEditorDialog::platform() const
{
    core::Platform p = m_initial.value_or(core::Platform{});
    if (m_mode == Mode::Platform) {
        p.name = m_name->text().trimmed().toStdString();
        p.vendor = m_vendor->text().trimmed().toStdString();
        p.formFactor = m_formFactor->currentData().toString().toStdString();
        p.memoryKind = static_cast<core::MemoryKind>(m_memoryKind->currentData().toInt());
        p.backend = static_cast<core::Backend>(m_backend->currentData().toInt());
        p.memoryGiB = m_figures->value(m_memory).value_or(0.0);
        p.vramGiB = p.memoryKind == core::MemoryKind::Discrete ? m_figures->value(m_vram).value_or(0.0) : 0.0;
        p.bandwidthGBs = m_figures->value(m_bandwidth).value_or(0.0);
        p.fp16Tflops = m_figures->value(m_tflops);
        p.loadWatts = m_figures->value(m_loadWatts).value_or(0.0);
        p.portable = m_portable->isChecked();
        if (p.id.empty()) {
            p.id = newId(m_name->text());
        }
    }
    p.priceUsd = m_figures->value(m_price);
    return core::validated(p);
}

std::string PlatformEditorDialog::newId(const QString& name) const
{
    std::string slug;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug += static_cast<char>(c.unicode());
        } else if (!slug.empty() && slug.back() != '_') {
            slug += '_';
        }
    }
    while (!slug.empty() && slug.back() == '_') {
        slug.pop_back();
    }
    const std::string base = "my_" + (slug.empty() ? std::string("machine") : slug);
    std::string id = base;
    for (int n = 2; std::find(m_takenIds.begin(), m_takenIds.end(), id) != m_takenIds.end(); ++n) {
        id = base + '_' + std::to_string(n);
    }
    return id;
}

void PlatformEditorDialog::updateState()
{
    if (m_vram) {
        m_vram->setEnabled(m_memoryKind->currentData().toInt() == static_cast<int>(core::MemoryKind::Discrete));
    }
    const QString issue = problem();
    m_message->setText(issue);
    m_message->setVisible(!issue.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(issue.isEmpty());
}

void PlatformEditorDialog::save()
{
    const auto built = platform();
    if (!built || !problem().isEmpty()) {
        updateState();
        return;
    }
    const core::Platform& p = built.value();
    const Result<void> written
        = m_mode == Mode::Price ? m_store.setPriceOverride(p.id, p.priceUsd.value_or(0.0)) : m_store.savePlatform(p);
    if (!written) {
        QMessageBox::warning(this, tr("Could not save"), Wording::error(written.error()));
        return;
    }
    m_saved = p;
    accept();
}

} // namespace localrig::ui
