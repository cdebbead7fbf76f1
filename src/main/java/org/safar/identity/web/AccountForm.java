package org.safar.identity.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.safar.identity.Account;
import org.safar.identity.AccountDraft;
import org.safar.identity.Role;

/** The account form as the browser sends it. */
class AccountForm {

  private String username;
  private String displayName;
  private String email;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private Set<Long> orgUnitIds = new LinkedHashSet<>();
  private boolean enabled = true;
  private String password;
  private int version;

  static AccountForm of(Account a) {
    AccountForm f = new AccountForm();
    f.username = a.username();
    f.displayName = a.displayName();
    f.email = a.email();
    f.roles = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
    f.orgUnitIds = new LinkedHashSet<>(a.orgUnitIds());
    f.enabled = a.enabled();
    f.version = a.version();
    return f;
  }

  AccountDraft toDraft() {
    return new AccountDraft(username, displayName, email, roles, orgUnitIds);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
  }

  public Set<Long> getOrgUnitIds() {
    return orgUnitIds;
  }

  public void setOrgUnitIds(Set<Long> orgUnitIds) {
    this.orgUnitIds = orgUnitIds == null ? new LinkedHashSet<>() : orgUnitIds;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
