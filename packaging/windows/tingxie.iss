; Inno Setup script for Tingxie's Windows installer. packaging/build.py calls it as
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\Tingxie /Odist packaging\windows\tingxie.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Tingxie"
#endif

[Setup]
AppId={{6F0C6D0E-3B1B-4C4A-9C59-7A1E2B7A5F21}
AppName=Tingxie
AppVerName=Tingxie {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Tingxie contributors
DefaultDirName={autopf}\Tingxie
DefaultGroupName=Tingxie
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=Tingxie-{#AppVersion}-setup
SetupIconFile={#SourceDir}\_internal\tingxie\assets\icons\tingxie.ico
UninstallDisplayIcon={app}\Tingxie.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tingxie"; Filename: "{app}\Tingxie.exe"
Name: "{group}\{cm:UninstallProgram,Tingxie}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Tingxie"; Filename: "{app}\Tingxie.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Tingxie.exe"; Description: "{cm:LaunchProgram,Tingxie}"; Flags: nowait postinstall skipifsilent
