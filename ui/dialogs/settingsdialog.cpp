#include "settingsdialog.h"

#include "businesshoursbox.h"

#include "reports/storesettings.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

const QString themeKey = QStringLiteral("appearance/theme");

QDoubleSpinBox* amount(QWidget* parent, double max, const QString& suffix = {}) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSuffix(suffix);
    box->setMinimumWidth(140);
    return box;
}

// The numeric store settings the dialog edits besides the cost ones: key, label, default, top.
struct NumberSetting {
    const char* key;
    const char* label;
    double fallback;
    double max;
};
const NumberSetting healthWeights[] = {
    {"health_weight_usage_trend", QT_TRANSLATE_NOOP("SettingsDialog", "Usage trend:"), 25, 100},
    {"health_weight_recency", QT_TRANSLATE_NOOP("SettingsDialog", "Recency of last activity:"), 15, 100},
    {"health_weight_onboarding", QT_TRANSLATE_NOOP("SettingsDialog", "Onboarding completion:"), 15, 100},
    {"health_weight_support", QT_TRANSLATE_NOOP("SettingsDialog", "Support experience:"), 15, 100},
    {"health_weight_nps", QT_TRANSLATE_NOOP("SettingsDialog", "Latest NPS answer:"), 15, 100},
    {"health_weight_revenue_trend", QT_TRANSLATE_NOOP("SettingsDialog", "Revenue trend:"), 15, 100},
};
const NumberSetting loyaltyRules[] = {
    {"loyalty_points_per_unit", QT_TRANSLATE_NOOP("SettingsDialog", "Points per currency unit spent:"), 1,
     1000},
    {"loyalty_bonus_referral", QT_TRANSLATE_NOOP("SettingsDialog", "Bonus for a referral:"), 250, 1e6},
    {"loyalty_bonus_review", QT_TRANSLATE_NOOP("SettingsDialog", "Bonus for a review:"), 100, 1e6},
    {"loyalty_bonus_social", QT_TRANSLATE_NOOP("SettingsDialog", "Bonus for a social follow:"), 50, 1e6},
    {"loyalty_tier_silver", QT_TRANSLATE_NOOP("SettingsDialog", "Silver from (points in 12 months):"), 500,
     1e9},
    {"loyalty_tier_gold", QT_TRANSLATE_NOOP("SettingsDialog", "Gold from (points in 12 months):"), 2000, 1e9},
};

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

SettingsDialog::SettingsDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_timeZone(new QComboBox(this))
    , m_costPerTicket(amount(this, 1e6))
    , m_monthlyCost(amount(this, 1e6))
    , m_grossMargin(amount(this, 100, QStringLiteral(" %")))
    , m_theme(new QComboBox(this))
    , m_businessHours(new BusinessHoursBox(this)) {
    setWindowTitle(tr("Settings"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    const QString theme = QSettings().value(themeKey, QStringLiteral("system")).toString();
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));

    auto opened = store::Store::open(storePath, {store::OpenMode::MustExist});
    if (opened) {
        store::Store& s = *opened.value();
        m_timeZone->setCurrentText(QString::fromLatin1(s.timeZone().id()));
        m_costPerTicket->setValue(
            s.setting(QStringLiteral("cost_per_ticket"), QStringLiteral("20")).toDouble());
        m_monthlyCost->setValue(
            s.setting(QStringLiteral("fixed_monthly_cost"), QStringLiteral("5")).toDouble());
        m_grossMargin->setValue(
            s.setting(QStringLiteral("gross_margin_pct"), QStringLiteral("100")).toDouble());
        m_businessHours->load(s);
    } else {
        m_error = opened.error();
    }

    auto* storeBox = new QGroupBox(tr("This store (changes its figures)"), this);
    auto* storeForm = new QFormLayout(storeBox);
    storeForm->addRow(tr("&Time zone:"), m_timeZone);
    storeForm->addRow(tr("Cost per &ticket:"), m_costPerTicket);
    storeForm->addRow(tr("Fixed cost per customer and &month:"), m_monthlyCost);
    storeForm->addRow(tr("&Gross margin:"), m_grossMargin);
    auto* note = new QLabel(tr("Days and periods are counted in the time zone; cost to serve and margin feed "
                               "the Segments view and CLV."),
                            storeBox);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    storeForm->addRow(note);
    storeBox->setEnabled(opened.ok());
    m_businessHours->setEnabled(opened.ok());
    connect(m_timeZone, &QComboBox::currentTextChanged, m_businessHours, &BusinessHoursBox::followStoreZone);

    // Health weights and loyalty rules: one box per setting, read now, written by save().
    auto numbers = [this, &opened](const QString& title, const QString& hint, const auto& settings) {
        auto* box = new QGroupBox(title, this);
        auto* form = new QFormLayout(box);
        for (const NumberSetting& n : settings) {
            auto* spin = amount(box, n.max);
            const QString key = QString::fromLatin1(n.key);
            spin->setValue(opened ? opened.value()->setting(key, QString::number(n.fallback)).toDouble()
                                  : n.fallback);
            spin->setObjectName(key);
            form->addRow(tr(n.label), spin);
            m_numbers.emplace_back(key, spin);
        }
        auto* label = new QLabel(hint, box);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(label);
        box->setEnabled(opened.ok());
        return box;
    };
    auto* healthBox = numbers(tr("Health score weights"),
                              tr("Weights are shares: each account's score is normalised over the components "
                                 "it has data for."),
                              healthWeights);
    auto* loyaltyBox = numbers(tr("Loyalty rules"),
                               tr("Points from orders are derived at this rate, so a new rate applies to the "
                                  "whole history."),
                               loyaltyRules);

    auto* appBox = new QGroupBox(tr("Application"), this);
    auto* appForm = new QFormLayout(appBox);
    appForm->addRow(tr("T&heme:"), m_theme);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(storeBox);
    left->addWidget(m_businessHours);
    left->addWidget(appBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(healthBox);
    right->addWidget(loyaltyBox);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(900, sizeHint().height());
}

bool SettingsDialog::save() {
    QSettings().setValue(themeKey, m_theme->currentData().toString());
    applyTheme();
    auto opened = store::Store::open(m_storePath, {store::OpenMode::MustExist});
    if (!opened) {
        m_error = opened.error();
        QMessageBox::warning(this, tr("Settings"), m_error);
        return false;
    }
    store::Store& s = *opened.value();
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("time_zone"), m_timeZone->currentText()},
        {QStringLiteral("cost_per_ticket"), QString::number(m_costPerTicket->value())},
        {QStringLiteral("fixed_monthly_cost"), QString::number(m_monthlyCost->value())},
        {QStringLiteral("gross_margin_pct"), QString::number(m_grossMargin->value())},
    };
    if (!QTimeZone(m_timeZone->currentText().toLatin1()).isValid()) {
        m_error = tr("%1 is not a time zone this system knows.").arg(m_timeZone->currentText());
        QMessageBox::warning(this, tr("Settings"), m_error);
        return false;
    }
    std::vector<std::pair<QString, QString>> all(std::begin(values), std::end(values));
    for (const auto& [key, box] : m_numbers)
        all.emplace_back(key, QString::number(box->value()));
    for (const auto& [key, value] : all) {
        if (Status valid = reports::validateSetting(s, key, value); !valid) {
            m_error = valid.error();
            QMessageBox::warning(this, tr("Settings"), m_error);
            return false;
        }
    }
    const auto hours = m_businessHours->change(s);
    if (!hours) {
        m_error = hours.error();
        QMessageBox::warning(this, tr("Settings"), m_error);
        return false;
    }
    for (const auto& [key, value] : all) {
        if (Status st = s.setSetting(key, value); !st) {
            m_error = st.error();
            QMessageBox::warning(this, tr("Settings"), m_error);
            return false;
        }
    }
    if (Status st = BusinessHoursBox::apply(s, hours.value()); !st) {
        m_error = st.error();
        QMessageBox::warning(this, tr("Settings"), m_error);
        return false;
    }
    return true;
}

QDoubleSpinBox* SettingsDialog::number(const QString& key) const {
    for (const auto& [name, box] : m_numbers)
        if (name == key) return box;
    return nullptr;
}

void SettingsDialog::applyTheme() {
    // Remembered at start: the system's own palette, for "follow the system" after a change.
    static const QPalette systemPalette = QApplication::palette();
    const QString theme = QSettings().value(themeKey, QStringLiteral("system")).toString();
    if (theme == u"dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (theme == u"light") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(systemPalette);
    }
}

} // namespace tenure::ui
