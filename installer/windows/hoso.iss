; Inno Setup 6 script: HoSo for Windows 10/11 x64, installed per machine from the PyInstaller one-folder build.
; Built by installer\windows\build.cmd, which passes:
;   /DAppVersion=0.1.0  /DSourceDir=...\pyi-dist\hoso  /DIconFile=...\pyi-work\hoso\icons\hoso.ico
; Installs into "C:\Program Files\HoSo" (administrators only), a Start-menu entry, and the .hoso file type
; (sealed bundles) for every user. The vault (%LOCALAPPDATA%\HoSo\vault of each user) is never installed,
; changed or removed by this installer, nor by its uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist-win\pyi-dist\hoso"
#endif
#ifndef IconFile
  #define IconFile "..\dist-win\pyi-work\hoso\icons\hoso.ico"
#endif

[Setup]
; A fixed AppId: upgrades replace the previous version in place. Never change it.
AppId={{6F1C2B7E-4D3A-4E52-9B8F-0A7C5D2E9F11}
AppName=HoSo
AppVersion={#AppVersion}
AppVerName=HoSo {#AppVersion}
AppPublisher=HoSo
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\HoSo
DefaultGroupName=HoSo
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=HoSo-Setup-{#AppVersion}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\hoso.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
; Nothing is fetched from a network: the installer is self-contained.

[Languages]
; Vietnamese setup messages are an "unofficial" Inno Setup translation (jrsoftware.org/files/istrans/): put
; Vietnamese.isl into the compiler's Languages folder to get them; without it the installer is in English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: hoso.exe (CLI + GUI), hosow.exe (GUI without a console), _internal\ (Python, Qt,
; SQLCipher, fonts, forms, translations).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\HoSo"; Filename: "{app}\hosow.exe"; WorkingDir: "{app}"; Comment: "Hồ sơ bảo vệ chính trị nội bộ"
Name: "{autoprograms}\HoSo - tự kiểm tra (self-test)"; Filename: "{cmd}"; Parameters: "/k ""{app}\hoso.exe"" self-test"; WorkingDir: "{app}"
Name: "{autodesktop}\HoSo"; Filename: "{app}\hosow.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; .hoso = a sealed bundle: opens HoSo. Per machine (HKLM\Software\Classes), removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.hoso"; ValueType: string; ValueName: ""; ValueData: "HoSo.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.hoso"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-hoso-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HoSo.Bundle"; ValueType: string; ValueName: ""; ValueData: "Gói tin niêm phong HoSo (HoSo sealed bundle)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HoSo.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hosow.exe,0"
Root: HKA; Subkey: "Software\Classes\HoSo.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hosow.exe"" ""%1"""
; `hoso` on the command line for the IT officer (verify-release, self-test, machine check).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\hosow.exe"; Description: "{cm:LaunchProgram,HoSo}"; Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Only what the program itself wrote next to it (Python caches); never %LOCALAPPDATA%\HoSo (the vaults).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Code: Integer;
begin
  { The installed program proves itself: vault, Excel, Vietnamese PDF, sealed bundle, GUI start (in a temp folder). }
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Đang tự kiểm tra / running the self-test...';
    if not Exec(ExpandConstant('{app}\hoso.exe'), 'self-test', ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, Code) or (Code <> 0) then
      MsgBox('HoSo đã được cài nhưng tự kiểm tra không đạt (mã ' + IntToStr(Code) + '). Chạy "hoso self-test" trong cửa sổ lệnh để xem chi tiết.' + #13#10 +
             'HoSo was installed but its self-test failed (code ' + IntToStr(Code) + '). Run "hoso self-test" in a command window for details.',
             mbError, MB_OK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: string;
  P: Integer;
begin
  { Take {app} out of the machine Path again; user data is left alone. }
  if CurUninstallStep = usPostUninstall then
  begin
    Dir := ExpandConstant('{app}');
    if RegQueryStringValue(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
    begin
      P := Pos(';' + Uppercase(Dir), Uppercase(Paths));
      if P > 0 then
      begin
        Delete(Paths, P, Length(Dir) + 1);
        RegWriteExpandStringValue(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths);
      end;
    end;
  end;
end;
