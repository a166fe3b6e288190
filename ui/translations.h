#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tenure::ui {

// Installs the translators for the first of the user's languages that is English or that Tenure
// has a translation for: Tenure's own tenure_<lang>.qm from share/tenure/translations beside the
// executable's folder, then Qt's own qtbase_<lang>.qm from Qt's translations folder when present.
// The languages ("ja-JP", "zh_CN", …) are by default QLocale::system().uiLanguages(), which
// follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG whether or not the glibc locale is generated.
// Qt's translation is not loaded alone, so that the window does not mix languages; English, the
// source language, loads nothing. Returns the language loaded, or an empty string. Call after the
// QCoreApplication is created and before any translated text is built.
QString installTranslators(const QStringList& languages = QLocale::system().uiLanguages());

// The folder Tenure's .qm files are looked up in.
QString translationsFolder();

} // namespace tenure::ui
