; Giveback's Windows installer: a per-user setup .exe (no administrator rights, no UAC prompt).
;
; Built by .github/workflows/release.yml on a Windows runner after the PyInstaller bundle:
;   iscc /DAppVersion=0.1.0 packaging\windows\giveback.iss
; -> dist\giveback-0.1.0-windows-x64-setup.exe
; AppVersion comes from pyproject.toml (the workflow reads it); relative paths below are relative
; to this file's folder (Inno Setup's default SourceDir). Needs Inno Setup 6.3 or newer
; ("x64compatible"). Not built on the Linux development machine: written against the Inno Setup
; documentation (jrsoftware.org/ishelp) and checked by the workflow's install/upgrade/uninstall steps.
;
; Where things go (non administrative install mode, PrivilegesRequired=lowest):
;   program      {autopf}\Giveback = %LOCALAPPDATA%\Programs\Giveback
;   Start menu   {autoprograms}\Giveback.lnk (the user's Start menu)
;   uninstaller  {app}\unins000.exe, listed in Settings > Apps (HKCU)
;   user data    %LOCALAPPDATA%\Giveback (platformdirs; Giveback creates it on first start).
;                A different folder from {app}: neither an upgrade nor the uninstaller touches it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z giveback.iss
#endif

[Setup]
; AppId identifies Giveback to Windows and to every later setup: it must never change, or an
; upgrade would install a second copy beside the first instead of replacing it in place.
; ("{{" is Inno Setup's escape for a literal "{".)
AppId={{6B0F2A53-3C1E-4B8E-9F2A-6D2B7C1E5A90}
AppName=Giveback
AppVersion={#AppVersion}
AppVerName=Giveback {#AppVersion}
AppPublisher=The Giveback developers
AppCopyright=Licensed under the GNU GPL, version 3 or later
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Giveback
VersionInfoDescription=Giveback setup

; Per user: no elevation, installs under the user's own Programs folder.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Giveback
; An upgrade goes to the folder the previous version used (the default, spelled out).
UsePreviousAppDir=yes
DisableDirPage=auto
DisableProgramGroupPage=yes
DisableReadyPage=no

; 64-bit only: PySide6 6.x ships x64 Windows wheels, Qt 6 needs Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

; A running Giveback is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

OutputDir=..\..\dist
OutputBaseFilename=giveback-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\giveback.ico
UninstallDisplayIcon={app}\giveback.exe
UninstallDisplayName=Giveback
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: the previous version's bundle goes first, so no stale library of an older
; Qt or Python stays beside the new ones. Only the program folder: the data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller onedir bundle: giveback.exe (windowed), giveback-cli.exe (console, for the
; command line) and _internal\.
Source: "..\..\dist\giveback\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Giveback"; Filename: "{app}\giveback.exe"; Comment: "Keep the people you network with, who introduced you, and your meetings"
Name: "{autodesktop}\Giveback"; Filename: "{app}\giveback.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\giveback.exe"; Description: "{cm:LaunchProgram,Giveback}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: the uninstaller removes exactly what setup
; installed (the program folder and the shortcuts) and leaves %LOCALAPPDATA%\Giveback alone.
