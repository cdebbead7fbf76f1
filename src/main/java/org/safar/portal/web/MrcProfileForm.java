package org.safar.portal.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.safar.portal.MrcProfileDraft;
import org.safar.portal.MrcProfileSheet;
import org.safar.shell.InvalidInputException;

/** The MRC profile form: texts as typed, coordinates as text (parsed here), both versions. */
public class MrcProfileForm {

  private int unitVersion;
  private int profileVersion;
  private String address;
  private String city;
  private String hotline;
  private String email;
  private String openingHours;
  private String languages;
  private String latitude;
  private String longitude;
  private String directions;
  private String mapLink;
  private boolean listed = true;

  static MrcProfileForm of(MrcProfileSheet s) {
    MrcProfileForm f = new MrcProfileForm();
    f.unitVersion = s.unitVersion();
    f.profileVersion = s.profileVersion();
    f.address = s.address();
    f.city = s.city();
    f.hotline = s.hotline();
    f.email = s.email();
    f.openingHours = s.openingHours();
    f.languages = String.join(", ", s.languages());
    f.latitude = s.latitude() == null ? null : s.latitude().stripTrailingZeros().toPlainString();
    f.longitude = s.longitude() == null ? null : s.longitude().stripTrailingZeros().toPlainString();
    f.directions = s.directions();
    f.mapLink = s.mapLink();
    f.listed = s.listed();
    return f;
  }

  MrcProfileDraft toDraft() {
    List<String> tags =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split("[,;\\s]+")).filter(t -> !t.isBlank()).toList();
    return new MrcProfileDraft(
        address,
        city,
        hotline,
        email,
        openingHours,
        tags,
        coordinate(latitude, "latitude"),
        coordinate(longitude, "longitude"),
        directions,
        mapLink,
        listed);
  }

  /** A decimal number (a comma taken as the decimal point), or null when left empty. */
  private static BigDecimal coordinate(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "mrcProfile.error." + field);
    }
  }

  public int getUnitVersion() {
    return unitVersion;
  }

  public void setUnitVersion(int unitVersion) {
    this.unitVersion = unitVersion;
  }

  public int getProfileVersion() {
    return profileVersion;
  }

  public void setProfileVersion(int profileVersion) {
    this.profileVersion = profileVersion;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getHotline() {
    return hotline;
  }

  public void setHotline(String hotline) {
    this.hotline = hotline;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getDirections() {
    return directions;
  }

  public void setDirections(String directions) {
    this.directions = directions;
  }

  public String getMapLink() {
    return mapLink;
  }

  public void setMapLink(String mapLink) {
    this.mapLink = mapLink;
  }

  public boolean isListed() {
    return listed;
  }

  public void setListed(boolean listed) {
    this.listed = listed;
  }
}
